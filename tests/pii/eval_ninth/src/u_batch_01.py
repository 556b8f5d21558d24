# Writer u, batch 01: noise and odour complaints, construction-site and demolition disputes.
# Hand-written, invented. CC0 1.0.
DOCS = [
{"id": "s9-u01-001", "kind": "complaint_form", "text": """민원 접수번호 {{case_number:2AA-2403-0871652}}
접수일: {{date:2024-03-18}} 09:41
민원인: [[PERSON:정혜린]] (생년월일 [[BIRTH_DATE:1987.11.02]])
주소: [[KR_ADDRESS:경기도 수원시 영통구 매영로 310, 512동 1403호]]
연락처: [[PHONE_NUMBER:010-4821-7736]]
제목: 윗집 층간소음 및 새벽 안마의자 소음
내용: {{room_number:1503호}} 거주자가 새벽 1시~3시 사이 안마의자를 돌리고 뛰어다닙니다. 관리사무소에 세 번 얘기했는데 소용이 없습니다. 이웃사이센터 상담도 {{date:2월 27일}}에 신청했는데 아직 연락이 없어요. 현장 측정 부탁드립니다."""},

{"id": "s9-u01-002", "kind": "officer_memo", "text": """[내부보고] 망포동 신축공사장 소음 측정 결과

1. 일시: {{date:2024. 4. 9.(화)}} {{time:14:00~15:10}}
2. 장소: {{place_name:영통구 망포동 일원 ○○지역주택조합 신축공사 현장}} 부지경계선
3. 측정치: 최고 {{statistic:72.4dB(A)}} (기준 65dB 초과)
4. 시공사: {{org_name:한결종합건설(주)}} 대표전화 {{public_number:031-205-4400}}
   현장소장 [[PERSON:오세강]] (☎ [[PHONE_NUMBER:010-3390-1275]])
5. 조치: 소음·진동관리법 제23조에 따른 작업시간 조정 명령 예정, 과태료 {{amount:200만원}}
측정자: 환경정책과 [[PERSON:문가윤]] / 검토: 김팀장"""},

{"id": "s9-u01-003", "kind": "kakaotalk_chat", "text": """[매탄3동 빌라 주민방] 
[오후 7:12] [[PERSON:이수진]]: 오늘도 철거현장 먼지 장난 아니었어요ㅠㅠ 빨래 다 버림
[오후 7:13] 수진이 남편: 내일 구청에 민원 넣을게요
[오후 7:15] [[PERSON:배동훈]]: 철거업체 사장 번호 알아요 [[PHONE_NUMBER:010 7712 0394]] 이 사람이 [[PERSON:곽태일]]이라고 하던데
[오후 7:15] [[PERSON:배동훈]]: 살수차도 안 쓰고 그냥 부숨
[오후 7:18] 302호 할머니: 우리 손주 [[PERSON:지안]]이 기침을 계속해요
[오후 7:20] [[PERSON:이수진]]: 내일 아침에 사진 찍어서 같이 올려요 @[[PERSON:배동훈]]"""},
{"id": "s9-u01-004", "kind": "call_transcript", "text": """[120 미추홀콜센터 상담 녹취 요약 / 상담원 ID {{code:A2231}}]
상담원: 네 수원시 120 콜센터 [[PERSON:윤채은]]입니다.
민원인: 아 예, 여기 권선구 입북동인데요, 돼지 축사 냄새 때문에 못 살겠어요.
상담원: 성함이랑 연락처 말씀해 주시겠어요?
민원인: [[PERSON:황보 철]]이고요, [[PHONE_NUMBER:공일공에 삼오칠이에 구공일팔]]. 나이는 많아요, [[BIRTH_DATE:53]]년생.
상담원: 주소는 어떻게 되세요?
민원인: [[KR_ADDRESS:입북동 412-7번지]]요. 축사는 바로 뒤에 있는 거.
상담원: 네 축산악취 관련해서 {{org_name:권선구청 환경위생과}}로 이관해 드리겠습니다. 처리기간은 {{duration:7일}}입니다."""},

{"id": "s9-u01-005", "kind": "spreadsheet", "text": """연번,접수일,민원인,연락처,주소,유형,처리
1,{{date:2024-05-02}},[[PERSON:김도윤]],[[PHONE_NUMBER:010-2281-4490]],[[KR_ADDRESS:팔달구 인계로 166 3층]],생활소음(노래방),계도
2,{{date:2024-05-02}},[[PERSON:Tran Van Minh]],[[PHONE_NUMBER:010-9930-1187]],[[KR_ADDRESS:장안구 정자동 880-14 101호]],공사장 소음,측정의뢰
3,{{date:2024-05-03}},[[PERSON:서지우]],[[PHONE_NUMBER:031-258-7712]],"[[KR_ADDRESS:권선구 세류동 1066-2, 2층]]",악취(음식점),현장확인
4,{{date:2024-05-06}},익명,,,확성기 소음,종결
5,{{date:2024-05-07}},[[PERSON:남궁은서]],[[PHONE_NUMBER:010.6612.0843]],[[KR_ADDRESS:영통구 광교중앙로 140 광교더샵 2205동 802호]],층간소음,이웃사이센터 연계"""},

{"id": "s9-u01-006", "kind": "email", "text": """보낸사람: [[EMAIL_ADDRESS:kwak.tail77@naver.com]]
받는사람: {{public_email:envsafe@suwon.go.kr}}
날짜: {{date:2024년 6월 11일 (화) 오후 4:22}}
제목: 철거현장 민원 관련 해명드립니다

담당자님 안녕하세요. {{org_name:태일철거}} 대표 [[PERSON:곽태일]]입니다.
매탄동 현장은 살수 작업을 매일 하고 있으며 당일 굴착기 기사님이 잠깐 자리를 비운 사이 먼지가 났던 것입니다. 기사님 인적사항 첨부합니다.
 - 굴착기 기사: [[PERSON:엄기석]] / 건설기계조종사면허 겸 운전면허 [[KR_DRIVER_LICENSE:11-04-337812-60]]
 - 살수차 차량번호: [[KR_CAR_PLATE:경기 83 자 4416]]
앞으로 작업 전 {{time:08:00}} 살수를 철저히 하겠습니다.
사업자번호 [[KR_BRN:135-19-4402?]]
[[PERSON:곽태일]] 드림 / [[PHONE_NUMBER:010-7712-0394]]"""},

{"id": "s9-u01-007", "kind": "ocr_form", "text": """소 음 ·진 동 피 해 보 상 신 청 서
(접수번호 : {{receipt_number:2O24-환경-0317}})

신청인 성 명 [[PERSON:최 명 자]]      주민등록번호 [[KR_RRN:560814-2O37194]]
       주 소 [[KR_ADDRESS:경기도 성남시 중원구 둔촌대로 83번길 12 (성남동)]]
       전화 [[PHONE_NUMBER:O31-7４2-3381]]  휴대전화 [[PHONE_NUMBER:O1O-5５18-2207]]
피해기간 {{date:2O24.3.4}} ~ {{date:2024.5.31}}
피해내용 인근 재건축 공사 항타기 진동으로 거실 벽 균열, 수면장애
첨부 사진 12매, 진단서 1부
            {{date:2024 년 6 월 3 일}}     신청인 [[PERSON:최명자]] (인)
성남시 중원구청장 귀하"""},

{"id": "s9-u01-008", "kind": "sms", "text": """[Web발신]
[수원시 영통구청] [[PERSON:정혜린]]님, 층간소음 민원({{case_number:2AA-2403-0871652}}) 관련 {{date:4/2(화)}} {{time:오후 2시}} 방문 측정 예정입니다. 변경 시 담당 [[PERSON:하승민]] 주무관 [[PHONE_NUMBER:031-228-8537]]로 연락 바랍니다."""},

{"id": "s9-u01-009", "kind": "officer_note", "text": """악취 신고자 [[PERSON:박OO]]([[PHONE_NUMBER:010-****-5521]]) 재민원. {{date:7/15}} 야간 포집 예정, 신고인 신원 비공개 요청함."""},

{"id": "s9-u01-010", "kind": "permit_record", "text": """특정공사 사전신고 접수대장 (발췌)

신고번호 {{document_number:제2024-037호}}
공사명: 단독주택 철거 및 근린생활시설 신축
공사장 소재지: [[KR_ADDRESS:수원시 장안구 송죽동 411-3]] 외 1필지
신고인(건축주): [[PERSON:延東旭]](연동욱) [[BIRTH_DATE:1971.02.]] 생
  개인사업자 등록번호 [[KR_BRN:124-23-5719?]] / 상호 {{org_name:동욱상사}}
시공자: {{org_name:(주)대산토건}} 법인사업자 {{business_number:124-81-33095}}
공사기간: {{date:2024.07.01.}}~{{date:2024.12.20.}}
사용장비: 브레이커 1, 굴착기(0.6㎥) 1, 덤프트럭 2
방음벽 높이 {{statistic:3m}}, 작업시간 {{time:08:00~18:00}}"""},

{"id": "s9-u01-011", "kind": "citizen_letter", "text": """구청장님께

저는 [[KR_ADDRESS:성남시 수정구 산성대로 55번길 8-2 반지하]]에 사는 [[PERSON:권옥순]]이라고 합니다. 음력 [[BIRTH_DATE:1948년 칠월 스무날]] 생이니 올해 여든이 다 되어 갑니다.
옆 골목 빌라 짓는 공사가 {{date:작년 11월}}부터 시작했는데 아침 6시 반이면 쿵쿵 해서 심장이 벌렁거립니다. 공사하는 사람한테 얘기하니 젊은 사람이 욕을 하네요.
우리 아들 [[PERSON:조현석]]가 대신 전화 받을 테니 [[PHONE_NUMBER:010-8340-1196]]으로 연락 주세요. 집 전화는 [[PHONE_NUMBER:753-2290]]입니다.
{{date:갑진년 오월 열흘}} [[PERSON:권옥순]] 올림"""},

{"id": "s9-u01-012", "kind": "dispute_minutes", "text": """<공사 피해 조정 회의록>
일시: {{date:'24.08.22}} 10:30 / 장소: {{place_name:수정구청 3층 소회의실}}
참석: 건축주 [[PERSON:맹지훈]], 시공사 현장대리인 [[PERSON:도경훈]], 피해주민 대표 [[PERSON:선우미란]]·[[PERSON:한상철]], 건축과 [[PERSON:양은비]] 주무관
주요 내용
- [[PERSON:선우미란]]: 터파기 이후 담장 기울어짐 {{statistic:4cm}}, 안전진단 요구
- [[PERSON:맹지훈]]: 보험사 손해사정 결과({{date:9월 초}}) 보고 보상하겠다
- [[PERSON:한상철]]: 주차장 진입로 자재 적치 문제, 차량 [[KR_CAR_PLATE:38루2207]] 긁힘 피해
결론: {{date:9.10.}}까지 안전진단 보고서 제출, 차기 회의 {{date:9.13.(금)}}"""},

{"id": "s9-u01-013", "kind": "system_log", "text": """# noise-iot-gw  sensor uplink log  (fw {{version:v3.2.14}})
{{date:2024-09-02T23:58:01+09:00}} node=NS-041 ip=[[IP_ADDRESS:10.41.7.23]] Leq=58.2 Lmax=71.0 site=MANGPO-A
{{date:2024-09-02T23:59:01+09:00}} node=NS-041 ip=[[IP_ADDRESS:10.41.7.23]] Leq=61.7 Lmax=77.4 ALERT night>55
{{date:2024-09-03T00:00:01+09:00}} node=NS-044 ip=[[IP_ADDRESS:10.41.7.26]] Leq=49.0 Lmax=52.3 site=MANGPO-B
{{date:2024-09-03T00:00:03+09:00}} gw route add [[IP_ADDRESS:10.41.7.0/24]] mask {{subnet_mask:255.255.255.0}}
{{date:2024-09-03T00:00:05+09:00}} alert sent to on-call 환경정책과 [[PERSON:하승민]] ([[PHONE_NUMBER:010-2046-8819]])"""},
{"id": "s9-u01-014", "kind": "email", "text": """To: {{public_email:labor-help@yongin.go.kr}}
Subject: noise and dormitory problem at construction site / 공사장 숙소 소음

Hello, my name is [[PERSON:Bekzod Karimov]] ([[PERSON:베크조드 카리모프]]), I work at the apartment site in 기흥구. Our container dormitory is next to the crusher, it runs at night.
외국인등록번호: [[KR_FRN:920417-5310428]]
Passport: [[KR_PASSPORT:FA4071188]] (Uzbekistan)
Phone [[PHONE_NUMBER:010-5827-0031]]
My friend [[PERSON:Rustam]] also same problem. Please check. Thank you."""},

{"id": "s9-u01-015", "kind": "official_reply", "text": """민원 회신
수신: [[PERSON:김○○]] 님 (민원번호 {{case_number:1AA-2409-1182734}})
귀하께서 {{date:2024. 9. 5.}} 국민신문고를 통해 제기하신 음식점 배기덕트 악취 민원에 대한 검토 결과를 알려드립니다.
해당 업소({{org_name:○○숯불갈비}}, {{place_name:인계동 나혜석거리}})에 대하여 {{date:9. 12.}} 현장 점검을 실시하였으며, 집진 필터 교체 및 배출구 높이 조정을 권고하였습니다.
추가 문의는 팔달구 환경위생과 [[PERSON:이*영]] ({{public_number:031-228-6815}})에게 하여 주시기 바랍니다."""},

{"id": "s9-u01-016", "kind": "inspection_log", "text": """현장점검일지 ({{date:2024.10.14}})  점검자: [[PERSON:문가윤]], [[PERSON:진태오]]
| 시간 | 차량번호 | 운전자 | 위반사항 |
| 09:20 | [[KR_CAR_PLATE:경기96사7781]] | [[PERSON:표성진]] | 세륜 미실시 |
| 09:45 | [[KR_CAR_PLATE:인천 91 바 1023]] | 확인불가 | 적재함 덮개 미설치 |
| 10:05 | [[KR_CAR_PLATE:805우3341]] | [[PERSON:계민혁]] | 없음 |
비고: 위반 2건 {{org_name:용인시 처인구청}} 통보, 현장사무소 {{public_number:031-334-0912}}"""},

{"id": "s9-u01-017", "kind": "kakaotalk_chat", "text": """나: 저기요 2층 강아지 또 하루종일 짖네요
관리실 [[PERSON:구본석]] 소장: 네 ○○님 2층 세대 연락해볼게요
나: 주인 번호 좀 알려주세요 직접 얘기할게요
관리실 [[PERSON:구본석]] 소장: 개인정보라 안되고요 ㅠ 대신 전달드릴게요
나: 그분 이름 [[PERSON:소연]]씨 맞죠? 저번에 택배 받아준 적 있어서
관리실 [[PERSON:구본석]] 소장: 네 맞아요 ㅎㅎ {{date:내일}} 오전에 방문할게요"""},

{"id": "s9-u01-018", "kind": "citizen_letter", "text": """제목: 1층 치킨집 기름 냄새 + 야간 환풍기 소음

안녕하세요 [[KR_ADDRESS:용인시 수지구 풍덕천로 129-5 (풍덕천동) 402호]] 사는 [[PERSON:제갈윤호]]입니다({{age:41세}}).
아래층 치킨집이 {{date:3월}}에 들어오고 나서 밤 12시까지 튀김 냄새가 올라옵니다. 환풍기는 새벽 1시까지 돌아가고요. 사장님께 말씀드렸더니 건물주 허락 받고 한 거라고 합니다.
아이가 [[BIRTH_DATE:2019년 10월]]생 5살인데 천식이 있어서 걱정됩니다.
회신은 [[EMAIL_ADDRESS:jegal.yh@kakao.com]] 이나 [[PHONE_NUMBER:010-3119-7260]]으로 주세요."""},
]
