# Writer b, batch 03: hospital and public health centre intake notes. CC0 1.0. All values invented.
DOCS = [
{"id": "s3-b03-001", "kind": "medical_intake", "text": """[보건소 방문진료 접수]
접수번호 {{receipt_number:HC-240715-032}}   접수일 {{date:2024-07-15}}
성명 [[PERSON:조말순]] (여/81세)   생년월일 [[BIRTH_DATE:1943.02.09]]
주소 [[KR_ADDRESS:경기도 수원시 장안구 파장로 43번길 8-1]] (1층, 엘리베이터 없음)
보호자 아들 [[PERSON:정우석]] [[PHONE_NUMBER:010-6651-2039]]
주호소: 무릎 통증, 혈압 {{statistic:158/92}}
다음 방문 예정 {{date:7/29(월)}}"""},

{"id": "s3-b03-002", "kind": "medical_chart", "text": """Pt: [[PERSON:김영자]] F/72  DOB [[BIRTH_DATE:1952-03-18]]
Chart# {{case_number:00418823}}  Adm {{date:2024-03-02}}  Room {{room_number:702-3}}
C/C: dyspnea x 3d
PMHx: HTN, DM (since 2010)
Guardian: [[PERSON:이경민]] (son) [[PHONE_NUMBER:010-3025-7781]]
Attending: Dr. [[PERSON:Jang Minho]]""".replace("(since 2010)", "(since {{date:2010}})")},

{"id": "s3-b03-003", "kind": "medical_intake", "text": """외국인 환자 등록카드 / Foreign Patient Registration
Name(성명): [[PERSON:BATBAYAR Enkhjargal]]
Date of Birth(생년월일): [[BIRTH_DATE:12 AUG 1990]]
Passport No.: [[KR_PASSPORT:E2847130]]    Nationality: Mongolia
Alien Reg. No.(외국인등록번호): [[KR_FRN:900812-6039215]]
Address in Korea: [[KR_ADDRESS:경기도 성남시 중원구 광명로 377, 2층 203호]]
Mobile: [[PHONE_NUMBER:+82 10-7340-5518]]
Visit date: {{date:2024.11.04}}   Dept: 산부인과"""},

{"id": "s3-b03-004", "kind": "vaccination_record", "text": """예방접종 등록 내역 (출력일 {{date:2024-10-21}})
피접종자: [[PERSON:유하람]]  생년월일: [[BIRTH_DATE:2023-12-25]]
보호자: [[PERSON:유진혁]]  [[PHONE_NUMBER:010-4402-1897]]
백신명        차수  접종일        기관
BCG(피내)     1     {{date:2024-01-08}}    {{org_name:영통구보건소}}
B형간염       3     {{date:2024-06-26}}    {{org_name:새봄소아과의원}}
DTaP-IPV      3     {{date:2024-06-26}}    {{org_name:새봄소아과의원}}"""},

{"id": "s3-b03-005", "kind": "nurse_note", "text": """{{date:8/3}} 22:40 응급실 내원. 환자 본인 진술로 생년 [[BIRTH_DATE:1968]], 이름 [[PERSON:표창호]]. 신분증 미소지. 주민번호 뒷자리 기억 못함 → [[KR_RRN:680417-1]]까지만 확인. 주소는 "[[KR_ADDRESS:신갈동 새천년그린빌 5단지 505동]]"이라고만 함. 동생 [[PERSON:표창민]] 연락처 [[PHONE_NUMBER:010-2871-44O5]] (글씨 불분명).""".replace("22:40", "{{time:22:40}}")},

{"id": "s3-b03-006", "kind": "medical_intake", "text": """치매안심센터 초기상담지
대상자: [[PERSON:백○자]]      성별: 여
생년월일: (음) [[BIRTH_DATE:1939년 5월 12일]]
주소: [[KR_ADDRESS:용인시 기흥구 구갈로 60번길 21 (구갈동) 한양아파트 3동 506호]]
동거가족: 없음(독거)
주보호자: 딸 [[PERSON:김정희]] / [[PHONE_NUMBER:010-8830-2716]] / [[KR_ADDRESS:서울 송파구 오금로 42길 15, 1203호]]
상담일: {{date:2024. 5. 9.}}  상담자: 간호사 [[PERSON:류혜진]]
MMSE-DS: {{statistic:18점}}"""},

{"id": "s3-b03-007", "kind": "lab_request", "text": "검사의뢰서 | 수진자 [[PERSON:우태민]] | [[KR_RRN:791103-1??????]] | 의뢰일 {{date:2024.02.07}} | 검체채취 {{date:2024.02.07}} {{time:09:15}} | 결과통보 [[EMAIL_ADDRESS:taemin.woo79@daum.net]]".replace("791103-1??????", "791103-1548???").replace("1548???", "1548***")},

{"id": "s3-b03-008", "kind": "medical_intake", "text": """산모·신생아 건강관리 서비스 신청
산모 성명 [[PERSON:고아름]]   생년월일 [[BIRTH_DATE:1994. 6. 2.]]
출산(예정)일 {{date:2024. 10. 11.}}
신생아 [[PERSON:고아름 아기]]  출생일 [[BIRTH_DATE:2024. 10. 9.]] 2.98kg
주소 [[KR_ADDRESS:경기도 용인시 처인구 모현읍 외대로 81 휴먼빌 102-904]]
연락처 [[PHONE_NUMBER:010-9163-0042]] / 배우자 [[PERSON:남기준]] [[PHONE_NUMBER:010-3318-7726]]
바우처 유형: A-가-①  서비스 기간 {{date:15일}}""".replace("[[PERSON:고아름 아기]]", "(성명 미정)").replace("{{date:15일}}", "15일")},

{"id": "s3-b03-009", "kind": "referral_letter", "text": """진료의뢰서

환자성명: [[PERSON:진소희]]          성별/나이: F/34
주민등록번호: [[KR_RRN:900527-2******]]
상병명: 갑상선 결절 (K-TIRADS 4)
의뢰일: {{date:2024년 4월 16일}}

귀 병원의 정밀검사를 의뢰합니다.

{{org_name:수원시 팔달구보건소}} 진료의사 [[PERSON:민경훈]] (면허번호 {{code:제 98231 호}})
보건소 {{public_number:031-228-6861}}"""},

{"id": "s3-b03-010", "kind": "csv_export", "text": """no,name,birth,sex,addr,tel,visit
1,[[PERSON:한복례]],[[BIRTH_DATE:1947/09/21]],F,"[[KR_ADDRESS:성남시 수정구 산성대로 541번길 11, 지층]]",[[PHONE_NUMBER:031-745-2208]],{{date:2024/04/02}}
2,[[PERSON:최덕수]],[[BIRTH_DATE:1950/01/13]],M,"[[KR_ADDRESS:성남시 수정구 수정로 171번길 4-6 2층]]",[[PHONE_NUMBER:010-9902-1543]],{{date:2024/04/02}}
3,[[PERSON:이춘자]],[[BIRTH_DATE:1944/11/30]],F,"[[KR_ADDRESS:성남시 수정구 태평로 63 태평동 3322 번지]]",,{{date:2024/04/03}}"""},

{"id": "s3-b03-011", "kind": "medical_intake", "text": """금연클리닉 등록카드
성명 [[PERSON:석진우]]   나이 만 41세 (생 [[BIRTH_DATE:1983. 1. 7]])
직장 {{org_name:(주)한빛물류}} 물류센터
흡연력 20갑년, 등록일 {{date:2024. 1. 2}}
문자수신 동의 Y  휴대폰 [[PHONE_NUMBER:010-7114-8263]]
상담사 [[PERSON:윤채령]]"""},

{"id": "s3-b03-012", "kind": "death_record", "text": """사망진단서 발급 대장(일부)
고인 [[PERSON:강만복]], [[BIRTH_DATE:1931.07.04]]生, 사망일시 {{date:2024.03.11}} {{time:05:20}}, 사망장소 자택([[KR_ADDRESS:수원시 권선구 호매실로 90번길 14-2]])
신고인 [[PERSON:강영철]](장남), [[PHONE_NUMBER:010-5564-2019]]
발급일 {{date:2024.03.11}}"""},

{"id": "s3-b03-013", "kind": "nurse_note", "text": """가정간호 방문기록 {{date:24.06.18}}
[[PERSON:Maria Santos]] 님(필리핀, 결혼이민) 댁 방문. 남편 [[PERSON:변재호]] 님 부재.
주소지 확인: [[KR_ADDRESS:용인시 처인구 백암면 백암로 201-7]]
아기(생후 40일, [[BIRTH_DATE:5월 9일]]생) 체중 {{statistic:4.1kg}}, 황달 소견 없음.
다음 방문 {{date:7/2}}. 통역 필요시 다누리콜센터 {{public_number:1577-1366}}"""},

{"id": "s3-b03-014", "kind": "medical_intake", "text": """건강검진 문진표(일반)
성　　명: [[PERSON:마은지]]
주민번호: [[KR_RRN:９５０８１４－２１３０６５?]]
검진일자: {{date:２０２４．０９．１０}}
사업장: {{org_name:용인시청}}
사번: [[EMPLOYEE_ID:YI20190733]]
결과지 수령 주소: [[KR_ADDRESS:용인시 기흥구 동백중앙로 191, 동백 자이 2단지 204동 1702호]]""".replace("２１３０６５?", "２１３０６５").replace("[[KR_RRN:９５０８１４－２１３０６５]]", "[[KR_RRN:９５０８１４－２１３０６５１]]")},

{"id": "s3-b03-015", "kind": "medical_chart", "text": """정신건강복지센터 사례관리 대상자
ID {{case_number:MH-2023-0188}}
이름: [[PERSON:허준혁]] ([[BIRTH_DATE:91년 2월]]생)
주소: [[KR_ADDRESS:성남 분당 야탑동 장미마을 현대아파트 807동 304호]]
등록일 {{date:2023-08-22}} / 최근상담 {{date:2024-05-14}}
담당 정신건강전문요원 [[PERSON:구하은]] ([[PHONE_NUMBER:031-754-3220]] 직통)"""},

{"id": "s3-b03-016", "kind": "medical_intake", "text": "환자 [[PERSON:임정순]]님 ({{statistic:78세}}) 보호자 연락처 변경: 기존 [[PHONE_NUMBER:010-3227-1088]] → 신규 [[PHONE_NUMBER:010-4190-5532]] (딸 [[PERSON:오미란]]). 주민번호 [[KR_RRN:460301-2xxxxxx]] 확인함. {{date:12/4}} 원무과"},

{"id": "s3-b03-017", "kind": "medical_intake", "text": """[코로나19 재택치료자 관리대장] 내보내기
확진일|성명|생년월일|주소|연락처|격리해제일
{{date:2022-03-14}}|[[PERSON:도민호]]|[[BIRTH_DATE:1978-10-22]]|[[KR_ADDRESS:수원시 영통구 봉영로 1612 삼성래미안 119동 802호]]|[[PHONE_NUMBER:010-5530-1148]]|{{date:2022-03-21}}
{{date:2022-03-14}}|[[PERSON:도지유]]|[[BIRTH_DATE:2012-05-03]]|[[KR_ADDRESS:수원시 영통구 봉영로 1612 삼성래미안 119동 802호]]|[[PHONE_NUMBER:010-5530-1148]]|{{date:2022-03-21}}"""},

{"id": "s3-b03-018", "kind": "medical_intake", "text": """구급활동일지 발췌
출동일시: {{date:2024.01.27}} {{time:03:12}}
환자: [[PERSON:신원미상]] 남 추정 60대 → 병원 도착 후 [[PERSON:여만식]]([[BIRTH_DATE:560919]])으로 확인
발생장소: [[KR_ADDRESS:성남시 중원구 성남대로 997 모란시장 앞 노상]]
이송병원: {{org_name:성남시의료원}}  신고자 [[PHONE_NUMBER:010-6207-3390]]
119 신고접수 {{public_number:119}}""".replace("[[PERSON:신원미상]]", "신원미상").replace("[[KR_ADDRESS:성남시 중원구 성남대로 997 모란시장 앞 노상]]", "{{place_name:성남시 중원구 모란시장 앞 노상}}").replace("119 신고접수 {{public_number:119}}", "신고접수 {{public_number:119}}")},
]
