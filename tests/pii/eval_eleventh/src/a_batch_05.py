# Writer a, batch 05: childcare (daycare waiting lists, child-minding service, parental leave). CC0 1.0.
DOCS = [
{"id": "s11-a05-001", "kind": "spreadsheet_export", "text": """어린이통학버스 신고 현황 - ○○어린이집 ({{date:2025.03.04}} 기준)
차량번호\t차종\t운전자\t면허번호\t안전교육 이수일\t동승보호자
[[KR_CAR_PLATE:경기78자3041]]\t스타렉스\t[[PERSON:기동훈]]\t[[KR_DRIVER_LICENSE:경기 14-112847-80]]\t{{date:2024.11.20}}\t[[PERSON:나경희]]
[[KR_CAR_PLATE:139허 7720]]\t쏠라티\t[[PERSON:모상열]]\t[[KR_DRIVER_LICENSE:12-03-558214-71]]\t{{date:2025.01.08}}\t[[PERSON:진소연]]
※ 원장 [[PERSON:탁미선]] 확인"""},

{"id": "s11-a05-002", "kind": "system_log", "text": """[childcare-portal] 2025-03-02 00:00:00 batch=WAITLIST_REORDER start
[childcare-portal] 2025-03-02 00:00:41 reorder center={{code:41135000123}} child=[[PERSON:서*율]] dob=[[BIRTH_DATE:2023-05-17]] rank 12->9 priority=맞벌이,다자녀
[childcare-portal] 2025-03-02 00:00:41 reorder center={{code:41135000123}} child=[[PERSON:김*아]] dob=[[BIRTH_DATE:2023-09-30]] rank 4->14 reason=주소지변경
[childcare-portal] 2025-03-02 08:11:19 login guardian=[[PERSON:김태경]] ip=[[IP_ADDRESS:121.130.88.9]] device=android {{version:app 5.2.0}}
[childcare-portal] 2025-03-02 08:11:57 inquiry child=[[PERSON:김*아]] ip=[[IP_ADDRESS:121.130.88.9]]"""},

{"id": "s11-a05-003", "kind": "complaint_letter", "text": """어린이집 입소대기 순번이 하루아침에 4번에서 14번이 됐습니다.

저희 딸 [[PERSON:김서아]]([[BIRTH_DATE:23년 9월 30일]]생)는 {{date:작년 10월}}부터 분당구 {{org_name:○○국공립어린이집}}에 대기를 걸어두었습니다.
{{date:2월 20일}}에 같은 동 안에서 이사를 했는데([[KR_ADDRESS:정자동 느티마을 3단지 306동 1503호]] → [[KR_ADDRESS:정자동 한솔마을 5단지 508동 203호]]) 주소지 변경 때문에 순번이 재산정됐다고 합니다.
같은 동인데 왜 순번이 바뀌는지 이해가 안 됩니다. 시스템 오류인지 확인 바랍니다.
[[PERSON:김태경]] (아이 아빠) [[PHONE_NUMBER:010-5102-7798]]"""},

{"id": "s11-a05-004", "kind": "intake_memo", "text": """아이돌봄서비스 정부지원 신청 ({{date:2025.04.07}} 접수, 영통2동)
신청인: 모 [[PERSON:석지은]] [[KR_RRN:890925-204816?]] / 직장: {{org_name:삼성전자(주)}} 
배우자: [[PERSON:구민혁]] [[KR_RRN:870301-1******]]
아동: [[PERSON:구예준]] [[BIRTH_DATE:2019.12.04]], [[PERSON:구예린]] [[BIRTH_DATE:2022.06.19]]
주소: [[KR_ADDRESS:수원시 영통구 청명남로 26, 청명마을 주공4단지 408동 1304호]]
건강보험료 합산 {{amount:612,330원}} → 소득판정 기준 중위소득 150% 이하 (나형) 예상
서비스: 시간제 기본형, {{statistic:연 960시간}}"""},

{"id": "s11-a05-005", "kind": "form_export", "text": """아이돌보미 활동일지
돌보미: [[PERSON:하영순]] (돌보미번호 [[EMPLOYEE_ID:DB41117-0392]])
이용가정: [[PERSON:구예준]]·[[PERSON:구예린]] 남매 / 보호자 [[PERSON:석지은]] [[PHONE_NUMBER:010-2736-5519]]
{{date:05/13(화)}} 15:30~19:30 하원, 간식, 숙제지도([[PERSON:예준]])
{{date:05/14(수)}} 15:30~19:00 [[PERSON:예린]] 열 37.8℃ → 어머님께 {{time:16:10}} 연락, 조기귀가 요청함
특이사항: [[PERSON:예린]]이는 애칭 '콩이'로 부르면 싫어함"""},

{"id": "s11-a05-006", "kind": "kakaotalk", "text": """[토리반 [[PERSON:하윤]]이 어머님] 원장님 안녕하세요~ 다음주부터 [[PERSON:하윤]]이 등원 {{time:9시 40분}}으로 조금 늦어질 것 같아요
[해님어린이집 원장] 네 어머님 괜찮아요^^ 혹시 무슨 일 있으세요?
[토리반 [[PERSON:하윤]]이 어머님] 제가 복직해서 육아휴직 끝나고 {{date:6/2}}부터 출근이라 동선이 바뀌어서요
[해님어린이집 원장] 아 축하드려요! 그럼 연장보육 신청서 한 장만 써주세요. 재직증명서도요~
[토리반 [[PERSON:하윤]]이 어머님] 넵 남편 [[PERSON:문성재]] 재직증명서도 같이 드릴게요"""},

{"id": "s11-a05-007", "kind": "email", "text": """발신: 경기대학교 직장어린이집 <{{public_email:kgu_kids@kgu.ac.kr}}>
수신: [[PERSON:임재희]] <[[EMAIL_ADDRESS:jaehee.lim@o.cnu.ac.kr]]>
일시: {{date:2025-02-17 10:22}}

[[PERSON:임재희]] 학생부모님께,
2025학년도 1학기 입소 대상으로 [[PERSON:임다온]]([[BIRTH_DATE:2022.11.08]]생) 원아가 선정되었음을 알려드립니다.
학생부모 자격 확인을 위해 재학증명서(학번 [[STUDENT_ID:2021610347]])를 {{date:2/21(금)}}까지 제출해 주세요.
대기 2순위 [[PERSON:남궁휘]] 학생(학번 [[STUDENT_ID:2023720112]])에게는 별도 안내 예정입니다.
문의 {{public_number:031-249-9811}}"""},

{"id": "s11-a05-008", "kind": "case_note", "text": """육아휴직 급여 관련 상담 (고용센터 연계)
상담일 {{date:25.06.16}} / 민원인 [[PERSON:차은호]] ([[BIRTH_DATE:1990.03.22]], 남)
직장: 개인사업장 '{{org_name:은호네 정육점}}' 아님 → 근무처 '{{org_name:다온식자재마트}}'(사업자 [[KR_BRN:312-07-6608?]], 대표 [[PERSON:노승현]])
사번 [[EMPLOYEE_ID:DO-0117]] / 입사 {{date:2022.09.01}}
문의: 사업주가 육아휴직 확인서를 안 써줌. 자녀 [[PERSON:차서윤]] [[BIRTH_DATE:2024.10.11]]생, 휴직 희망 {{date:2025.08.01~2026.01.31}}
안내: 사업주 거부 시 고용노동부 수원지청 신고 가능, 6+6 부모육아휴직제 해당 여부 설명"""},

{"id": "s11-a05-009", "kind": "scanned_form_ocr", "text": """어린이집 입소신청서 (외국인 아동)
아동 성명 [[PERSON:ZHANG YUXI]] ([[PERSON:장위시]])   생년월일 [[BIRTH_DATE:2O21-O8-19]]
국적 중국   여권번호 [[KR_PASSPORT:EA3O917l2]]   외국인등록번호 [[KR_FRN:21O819-8******]]
보호자 [[PERSON:ZHANG WEI]]   외국인등록번호 [[KR_FRN:85O6O2-5l32O48]]   연락처 [[PHONE_NUMBER:O1O-3922-7l55]]
주소 [[KR_ADDRESS:수원시 팔달구 인계로 166번길 48-2, 2O3호]]
※ 외국인 아동은 보육료 지원 대상 아님 (수원시 외국인아동 보육료 {{amount:월 10만원}} 별도)
접수일 {{date:2O25.O3.O5}}"""},

{"id": "s11-a05-010", "kind": "phone_memo", "text": """긴급돌봄 요청 {{date:7/22}} 06:50 (당직폰)
[[PERSON:반지수]] 씨 [[PHONE_NUMBER:010 4417 2093]] — 남편 야간근무, 본인 응급실({{org_name:동수원병원}}) 가야 함. 아이 둘 [[BIRTH_DATE:2020]]년생, [[BIRTH_DATE:2023]]년생
주소 [[KR_ADDRESS:팔달구 우만동 563 우만주공 206동 1008호]]
→ 영통 아이돌봄 서비스기관 긴급 배정, 돌보미 [[PERSON:권경애]]({{time:07:40}} 도착)"""},

{"id": "s11-a05-011", "kind": "official_form", "text": """가정어린이집 변경인가 신청
어린이집명: 꿈꾸는나무 가정어린이집 (인가번호 {{code:제41465-00213호}})
대표자(원장): [[PERSON:류현숙]]  생년월일 [[BIRTH_DATE:1976-02-13]]
사업자등록번호: [[KR_BRN:142-90-1823?]]
소재지(변경 전): [[KR_ADDRESS:용인시 기흥구 언남로 15 구성삼성래미안1차 103동 102호]]
소재지(변경 후): [[KR_ADDRESS:용인시 기흥구 마북로 154번길 23 연원마을 벽산블루밍 201동 101호]]
변경사유: 임대차 만료  / 변경 예정일 {{date:2025. 9. 1.}}
정원: {{statistic:20명}} (변동 없음)"""},

{"id": "s11-a05-012", "kind": "sms", "text": """[국민행복카드] {{date:09/25}} 보육료 결제 승인 [[PERSON:문*재]]님 카드([[CREDIT_CARD:9410-83**-****-0061]]) 해님어린이집 {{amount:584,000원}} 정부지원"""},

{"id": "s11-a05-013", "kind": "scanned_form_ocr", "text": """재 직 증 명 서
성    명 : [[PERSON:문 성 재]]        생년월일 : [[BIRTH_DATE:1988년 O7월 O3일]]
사    번 : [[EMPLOYEE_ID:2O16-O4471]]
소    속 : 생산기술팀          직  위 : 책임
재직기간 : {{date:2O16. O2. O1.}} ~ 현재
주    소 : [[KR_ADDRESS:용인시 기흥구 동백중앙로 2O9, 호수마을 2단지 22l동 5O4호]]
용  도 : 어린이집 제출용
{{date:2O25년 O5월 2O일}}
{{org_name:(주)한빛정밀}} 대표이사 (직인)"""},

{"id": "s11-a05-014", "kind": "spreadsheet_export", "text": """대기순번,아동명,생년월,반,신청일,우선순위,보호자연락처
1,[[PERSON:이O준]],[[BIRTH_DATE:2023-01]],만2세반,{{date:2024-06-03}},1순위(다자녀),[[PHONE_NUMBER:010-****-2210]]
2,[[PERSON:박O린]],[[BIRTH_DATE:2023-04]],만2세반,{{date:2024-07-19}},1순위(맞벌이),[[PHONE_NUMBER:010-****-7731]]
3,[[PERSON:Kim O Ella]],[[BIRTH_DATE:2023-02]],만2세반,{{date:2024-08-02}},2순위,[[PHONE_NUMBER:010-****-0418]]
4,[[PERSON:최O우]],[[BIRTH_DATE:2022-12]],만2세반,{{date:2024-08-30}},일반,[[PHONE_NUMBER:010-****-5589]]"""},

{"id": "s11-a05-015", "kind": "notice", "text": """2025년 아이돌봄서비스 본인부담금 납부 안내
- 이용요금(시간당): {{amount:12,180원}}
- 본인부담금은 매월 {{date:10일}}까지 정부지원 가상계좌로 납부
- 서비스 제공기관: 용인시가족센터 {{public_number:031-323-7131}}
- 문의 메일 {{public_email:idolbom@yongin.go.kr}}
- 제공기관 접수시간 {{time:09:00~18:00}} (점심 {{time:12:00~13:00}} 제외)
- 신청서 작성 예) 보호자 연락처: {{format_example:010-1234-5678}}"""},

{"id": "s11-a05-016", "kind": "complaint_letter", "text": """육아휴직 쓰려고 하니까 회사에서 그럼 그만두라고 합니다.
저는 {{org_name:동원물류}} 용인센터에서 2년째 일하고 있는 [[PERSON:예지환]]입니다(사번 [[EMPLOYEE_ID:YI-22-0581]]). 아내가 복직해서 제가 {{date:10월}}부터 휴직하려고 {{date:8월 초}}에 신청서를 냈는데 팀장님이 대놓고 그만두라고 했습니다. 녹음 파일 있습니다.
아이는 [[PERSON:예나율]], [[BIRTH_DATE:2024년 3월 5일]]생입니다.
연락처 [[PHONE_NUMBER:010-3108-6647]], 주소 [[KR_ADDRESS:용인시 처인구 역북동 791 e편한세상 용인역북 104동 1901호]]"""},

{"id": "s11-a05-017", "kind": "memo", "text": """[인수인계] 보육팀 [[PERSON:안소정]] → [[PERSON:도형석]] ({{date:2025.12.19}})
- 꿈꾸는나무 가정어린이집 이전 인가 건: 현장점검 완료({{date:12/10}}), 원장 [[PERSON:류현숙]] [[PHONE_NUMBER:010-6204-5518]]
- 입소대기 재산정 민원([[PERSON:김서아]] 건): 시스템 운영사 회신 대기, 담당 [[PERSON:백도현]] 과장 [[EMAIL_ADDRESS:dh.baek@ssis-ops.co.kr]]
- 통학버스 미신고 차량 제보: [[KR_CAR_PLATE:서울 32 사 4412]] 확인 필요"""},

{"id": "s11-a05-018", "kind": "sms", "text": """[[PERSON:예린]]이 어머님, 담임 [[PERSON:송가은]]입니다. 오늘 [[PERSON:예린]]이 낮잠 잘 잤어요^^ 내일 현장학습 동의서 꼭 보내주세요! 제 번호 [[PHONE_NUMBER:010-8214-3357]] 로 연락주셔도 됩니다"""},
]
